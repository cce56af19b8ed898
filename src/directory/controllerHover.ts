// Hover on the company named in a Markdown document's front matter (`controller: Zalando SE`):
// the directory's record for it. The line is found without loading the directory (a cheap text
// check); the directory is loaded only when the pointer is on that value.
import * as vscode from 'vscode';
import { guardedAsync } from '../platform/faults';
import { companyHover } from './describeCompany';
import type { DirectoryService } from './directoryService';
import { controllerLineOf, MAX_FRONT_MATTER_LINES } from './documentController';

export class ControllerHover implements vscode.HoverProvider {
  constructor(private readonly service: DirectoryService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return guardedAsync('companyHover', undefined, () => this.hover(document, position));
  }

  private async hover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (position.line > MAX_FRONT_MATTER_LINES) return undefined;
    const line = controllerLineOf(document);
    if (!line) return undefined;
    const offset = document.offsetAt(position);
    if (offset < line.start || offset > line.end) return undefined;
    const record = await this.service.recordNamed(line.name);
    if (!record) return undefined; // the diagnostic on the line says so
    const range = new vscode.Range(document.positionAt(line.start), document.positionAt(line.end));
    return new vscode.Hover(companyHover(record.company, record.source), range);
  }
}

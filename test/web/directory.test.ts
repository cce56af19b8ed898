// The company directory in the web-worker extension host: the shipped records load there too, and
// the workspace's records are read through vscode.workspace.fs (an earlier test's sample document
// has loaded the directory already, so this also covers the reload by the file watcher).
import * as assert from './assert';
import * as vscode from 'vscode';

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('The web tests need the fixture folder mounted');
  return first.uri;
}

function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('Web extension host: company directory', () => {
  it('reads workspace records through vscode.workspace.fs, shows them on hover and addresses a letter', async () => {
    const root = folder();
    const override = { slug: 'zalando', name: 'Zalando SE', address: 'Web Straße 1\n10000 Berlin\nDeutschland', countries: ['de'], email: 'web-privacy@zalando.example' };
    const settingsFile = vscode.Uri.joinPath(root, '.right-to-object.json');
    await vscode.workspace.fs.writeFile(settingsFile, encode({ companies: [override] }));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(root, '.right-to-object', 'companies'));
    try {
      await check(root);
    } finally {
      await vscode.workspace.fs.delete(settingsFile);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, '.right-to-object'), { recursive: true });
    }
  });
});

async function check(root: vscode.Uri): Promise<void> {
  const acme = { slug: 'acmeflux', name: 'Acmeflux Widgets Ltd', address: '1 Road\nLondon\nUnited Kingdom', countries: ['gb'], email: 'privacy@acmeflux.example' };
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, '.right-to-object', 'companies', 'extra.json'), encode({ records: [acme] }));

  const known = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, 'directory', 'known.md'));
  await vscode.window.showTextDocument(known);
  const added = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncontroller: Acmeflux Widgets Ltd\n---\n' });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', known.uri, new vscode.Position(2, 14)));
    const addedHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', added.uri, new vscode.Position(1, 14)));
    if (hover.includes('web\\-privacy@zalando\\.example') && addedHover.includes('privacy@acmeflux\\.example')) break;
    if (Date.now() > deadline) throw new Error(`the workspace records were not used:\n${hover}\n${addedHover}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const shipped = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncontroller: Google LLC\n---\n' });
  assert.ok(
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', shipped.uri, new vscode.Position(1, 14))).includes('datenanfragen\\.de, CC0'),
    'no shipped record',
  );

  const letter = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  await vscode.window.showTextDocument(letter);
  const inserted = await vscode.commands.executeCommand<string | undefined>('rightToObject.insertObjectionLetter', {
    jurisdiction: 'eu-gdpr',
    kind: 'object-direct-marketing',
    language: 'en',
    company: 'acmeflux',
  });
  assert.equal(inserted, 'eu-gdpr-21-2-en');
  assert.ok(letter.getText().includes('To: Acmeflux Widgets Ltd  \n1 Road  \nLondon  \nUnited Kingdom  \n<privacy@acmeflux.example>\n'), letter.getText().slice(0, 400));
}

// In restricted mode nothing is fetched (#13): Import Policy… and Check Policies for Changes refuse,
// even when a snapshot in the workspace names a source, and the local server the test starts
// receives no request; nothing is written.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';

describe('An untrusted workspace: policy snapshots', () => {
  let server: Server;
  let base: string;
  let requests = 0;
  let folder: vscode.Uri;

  before(async () => {
    server = createServer((_request, response) => {
      requests++;
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<h1>Privacy</h1><p>We may share your data with partners.</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const [workspaceFolder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(workspaceFolder);
    folder = vscode.Uri.joinPath(workspaceFolder.uri, 'policies');
    // A snapshot whose source points at the server: the check must not follow it.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'acme', '2026-01-02.md'), new TextEncoder().encode(`---\nsource: "${base}/privacy"\n---\n\n# Privacy\n`));
    await vscode.extensions.getExtension('right-to-object.right-to-object')!.activate();
  });
  after(async () => {
    server.close();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('Import Policy… from an address refuses and fetches nothing', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const result = await vscode.commands.executeCommand<{ status: string }>('rightToObject.importPolicy', `${base}/privacy`);
    assert.equal(result?.status, 'untrusted');
    assert.equal(requests, 0);
    assert.deepEqual(
      (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name),
      ['acme'],
    );
  });

  it("Check Policies for Changes refuses: the snapshot's source is never fetched, nothing is written", async () => {
    const result = await vscode.commands.executeCommand<{ status: string }>('rightToObject.checkPolicyChanges');
    assert.equal(result?.status, 'untrusted');
    assert.equal(requests, 0);
    assert.deepEqual(
      (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, 'acme'))).map(([name]) => name),
      ['2026-01-02.md'],
    );
  });

  it('the server was reachable all along (so the two tests above could have seen a request)', async () => {
    const response = await fetch(`${base}/privacy`);
    assert.equal(response.status, 200);
    assert.equal(requests, 1);
  });
});

// Policy import in the web-worker extension host (#13): the importer bundle loads in the browser and
// imports a saved page (the file route); a page on another origin that sends no CORS header (as
// most sites) cannot be read, and the command says so and offers the file route instead of
// failing vaguely. scripts/run-web-tests.mjs serves that page and writes its address into the
// workspace (policy-server.txt).
import * as assert from './assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'right-to-object.right-to-object';

function workspaceFile(name: string): vscode.Uri {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('Web extension host: policy import', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('imports a saved .html page from the workspace: the importer loads in the browser', async () => {
    const page = workspaceFile('saved-privacy.html');
    const html =
      '<html><head><title>Privacy | Web Shop</title></head><body><nav>Home</nav><main><h1>Privacy</h1><p>We may share your data with partners for as long as necessary, which is a long enough sentence.</p><ul><li>Email</li><li>Orders</li></ul></main></body></html>';
    await vscode.workspace.fs.writeFile(page, new TextEncoder().encode(html));
    const result = await vscode.commands.executeCommand<{ status: string; uri?: vscode.Uri }>('rightToObject.importPolicy', page);
    assert.equal(result?.status, 'saved', JSON.stringify(result));
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.uri!));
    assert.ok(/^source: "saved-privacy\.html"$/m.test(text), text.slice(0, 300));
    assert.ok(/^# Privacy$/m.test(text) && /^- Email$/m.test(text), text);
    assert.ok(!text.includes('Home'), 'navigation dropped');
  });

  it('a page the browser does not let it read: says so and offers the file route, writes nothing', async () => {
    const url = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('policy-server.txt'))).trim();
    assert.ok(/^http:\/\/127\.0\.0\.1:\d+\/privacy$/.test(url), url);
    const before = await vscode.workspace.fs.readDirectory(workspaceFile('policies'));
    const result = await vscode.commands.executeCommand<{ status: string; reason?: string; blockedByBrowser?: boolean; message?: string }>('rightToObject.importPolicy', url);
    assert.equal(result?.status, 'failed', JSON.stringify(result));
    assert.equal(result.reason, 'network');
    assert.equal(result.blockedByBrowser, true);
    assert.ok(/did not let the extension read 127\.0\.0\.1:\d+.*import the file/.test(result.message ?? ''), result.message);
    assert.deepEqual(await vscode.workspace.fs.readDirectory(workspaceFile('policies')), before);
  });
});

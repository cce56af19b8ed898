/** The workspace configuration file, read by the extension and the CLI. */
export const WORKSPACE_FILE_NAME = '.right-to-object.json';

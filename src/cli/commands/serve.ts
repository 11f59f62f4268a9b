/** `yellowpad serve`: the web app and API on one port. */
import { Command, Option } from 'commander';
import { startServer } from '../../server/start-server.ts';
import { databaseUrlOption, dataDirOption, envWith } from '../options.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the Yellowpad server (web app and API)')
    .addOption(new Option('--port <port>', 'port to listen on (default 3000)').env('PORT'))
    .addOption(new Option('--host <host>', 'address to listen on (default 127.0.0.1)').env('HOST'))
    .addOption(dataDirOption())
    .addOption(databaseUrlOption())
    .action(async (flags) => {
      await startServer(envWith(flags), { serveWeb: true, installSignalHandlers: true });
    });
}

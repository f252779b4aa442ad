import { describe, expect, it } from 'vitest';
import { commands, runCli } from './main.ts';
import { fakeIo } from './io.test-support.ts';

describe('runCli', () => {
  it.each([
    ['no command', [], /no command given/],
    ['an unknown command', ['simulat'], /unknown command "simulat"/],
    ['a name inherited from Object', ['toString'], /unknown command "toString"/],
  ])('%s → usage on stderr, exit 2', async (_what, argv, message) => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toMatch(message);
    expect(stderr()).toMatch(/Usage: npm run journey -- <command>/);
    expect(stdout()).toBe('');
  });

  it('--help → the list of commands on stdout, exit 0', async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const [name, command] of Object.entries(commands)) {
      expect(stdout()).toContain(name);
      expect(stdout()).toContain(command.summary);
    }
    expect(stderr()).toBe('');
  });

  it('<command> --help → that command usage on stdout, exit 0', async () => {
    const { io, stdout } = fakeIo();
    expect(await runCli(['validate', '--help'], io)).toBe(0);
    expect(stdout()).toBe(commands.validate!.usage);
  });
});

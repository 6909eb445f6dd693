// A real IMAP server for the tests: Dovecot from Debian's packages (apt-get install -y dovecot-imapd),
// configured in a temp dir on a free loopback port with one passwd-file user and a maildir. Tests
// skip with a message when Dovecot is not installed.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { findFreePort, waitForPort } from './ports.ts';

export const DOVECOT_BIN = '/usr/sbin/dovecot';
export const dovecotMissing = existsSync(DOVECOT_BIN)
  ? undefined
  : 'Dovecot is not installed (apt-get install -y dovecot-imapd): IMAP tests skipped';

export type Dovecot = {
  port: number;
  user: string;
  password: string;
  start: () => Promise<void>;
  kill: () => Promise<void>;
  cleanup: () => Promise<void>;
  log: () => string;
};

/** Writes a private Dovecot config and returns a handle that starts, kills and restarts it. */
export async function createDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-dovecot-'));
  chmodSync(dir, 0o755); // Dovecot's auth process runs unprivileged and must reach the passwd file
  const port = await findFreePort();
  const user = 'store';
  const password = 'imap-test-password';
  const mailUser = mailOwner();
  for (const sub of ['run', 'state', 'mail', 'home']) mkdirSync(join(dir, sub), { recursive: true });
  chownSync(join(dir, 'mail'), mailUser.uid, mailUser.gid);
  chownSync(join(dir, 'home'), mailUser.uid, mailUser.gid);
  writeFileSync(
    join(dir, 'passwd'),
    `${user}:{PLAIN}${password}:${mailUser.uid}:${mailUser.gid}::${join(dir, 'home')}::\n`,
  );
  writeFileSync(join(dir, 'dovecot.conf'), configText(dir, port, mailUser.uid));
  let child: ChildProcess | undefined;
  const handle: Dovecot = {
    port,
    user,
    password,
    log: () => (existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : ''),
    start: async () => {
      child = spawn(DOVECOT_BIN, ['-F', '-c', join(dir, 'dovecot.conf')], { detached: true, stdio: 'ignore' });
      // A Dovecot left running by a failed test must not keep the test process alive.
      child.unref();
      await waitForPort(port, 10_000);
    },
    kill: async () => {
      const pid = child?.pid;
      if (!child || pid === undefined || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      process.kill(-pid, 'SIGKILL');
      await exited;
      child = undefined;
    },
    cleanup: async () => {
      await handle.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}

// Dovecot refuses mail access as root: use its own unprivileged account when we run as root.
function mailOwner(): { uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid };
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('dovecot:') || l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

function configText(dir: string, port: number, uid: number): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = ${Math.min(uid, 100)}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`;
}

// This run's temporary files (report temporaries, the lock, the rejects spill folder): registered
// while they exist, so that SIGINT/SIGTERM can remove them before the process ends. A
// killed run (kill -9) cannot clean up; its leftovers carry its pid, and the next run
// removes those whose process is gone.
import { rmSync } from 'node:fs';

const daftar = new Set<string>();

export function daftarkan(path: string): void {
  daftar.add(path);
}

export function lepaskan(path: string): void {
  daftar.delete(path);
}

/** Removes every registered temporary (signal handler, or the end of a failed run). */
export function hapusSemua(): void {
  for (const p of daftar) {
    try {
      rmSync(p, { force: true, recursive: true }); // the rejects spill is a folder
    } catch {
      // Nothing more can be done for it now; the next run removes it.
    }
  }
  daftar.clear();
}

/** Whether a process with this pid exists on this machine (EPERM: it does, another user's). */
export function prosesHidup(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

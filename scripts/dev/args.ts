/** `next dev`'s options that name the host it listens on: `-H x`, `-Hx`, `--hostname x`, `--hostname=x`. */
const HOSTNAME = /^(-H|--hostname)(=.*)?$|^-H./;

/**
 * The arguments for `next dev`: the author's, and `-H 127.0.0.1` unless they
 * name a host. next dev alone listens on every interface, which shows drafts
 * to the whole network; `npm run dev -- -H 0.0.0.0` still does, on purpose.
 */
export function nextDevArgs(args: string[]): string[] {
  return args.some((arg) => HOSTNAME.test(arg)) ? args : [...args, '-H', '127.0.0.1'];
}

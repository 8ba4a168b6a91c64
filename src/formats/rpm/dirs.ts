/**
 * Directory ownership, as Fedora's packaging guidelines ask: a package owns every directory it
 * creates, except those a base package owns. Without that, `rpm -e` leaves `/etc/greet` behind.
 *
 * The base set is what Fedora's `filesystem` package (filesystem.spec, 3.18) owns: every directory
 * its `Paths` array creates (and their parents), its symlinks (/bin → usr/bin …, followed here
 * so `/lib/systemd/system` counts as `/usr/lib/systemd/system`), and the per-locale directories it
 * generates under /usr/share/locale, /usr/share/man and /usr/share/help.
 */
import type { PkgFile } from '../pkg/types.js';

/** filesystem.spec's `Paths`, brace syntax kept so the list reads like the spec (%{_lib} = lib64). */
const FILESYSTEM_PATHS = [
  'afs',
  'boot',
  'dev',
  'etc/{X11/{applnk,fontpath.d,xinit/{xinitrc,xinput}.d},xdg/autostart,opt,pm/{config.d,power.d,sleep.d},skel,sysconfig,keys/ima,pki,bash_completion.d,default,rwtab.d,statetab.d}',
  'home',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'srv',
  'sys',
  'tmp',
  'usr/{bin,sbin,games,include,lib64/{bpf,games,X11,pkgconfig},lib/{debug/{.dwz,usr},games,locale,modules,sysimage,systemd/{system,user},swidtag,sysusers.d,tmpfiles.d},libexec,local/{bin,sbin,etc,games,lib,lib64/bpf,src,share/{applications,man/man{1,2,3,4,5,6,7,8,9,n,1x,2x,3x,4x,5x,6x,7x,8x,9x},info},libexec,include},share/{aclocal,appdata,applications,augeas/lenses,backgrounds,bash-completion/{completions,helpers},desktop-directories,dict,doc,empty,fish/vendor_completions.d,games,gnome,help,icons,idl,info,licenses,locale,man/man{1,2,3,4,5,6,7,8,9,n,1x,2x,3x,4x,5x,6x,7x,8x,9x,0p,1p,3p,2const,2type,3const,3head,3t,3type},metainfo,mime-info,misc,modulefiles,omf,pixmaps,pkgconfig,sounds,themes,xsessions,X11/fonts,wayland-sessions,zsh/site-functions},src/{kernels,debug}}',
  'var/{adm,empty,ftp,lib/{games,misc,rpm-state},local,log,nis,preserve,spool/{mail,lpd},tmp,db,cache/bpf,opt,games,yp}',
];

/** filesystem's symlinks (usr/sbin and usr/local/sbin are merged into bin on current Fedora). */
const FILESYSTEM_LINKS: Record<string, string> = {
  '/bin': '/usr/bin',
  '/sbin': '/usr/bin',
  '/lib': '/usr/lib',
  '/lib64': '/usr/lib64',
  '/usr/sbin': '/usr/bin',
  '/usr/local/sbin': '/usr/local/bin',
  '/usr/tmp': '/var/tmp',
  '/var/run': '/run',
  '/var/lock': '/run/lock',
  '/var/mail': '/var/spool/mail',
};

/** Per-locale directories filesystem owns for every locale glibc and ISO 639-2 know. */
const FILESYSTEM_LOCALE_DIRS = [
  /^\/usr\/share\/locale\/[^/]+(\/LC_MESSAGES)?$/,
  /^\/usr\/share\/man\/[^/]+(\/man[^/]+)?$/,
  /^\/usr\/share\/help\/[^/]+$/,
];

/** `a/{b,c/{d,e}}` → a/b, a/c/d, a/c/e (the first top-level brace group, recursively). */
function expandBraces(s: string): string[] {
  const open = s.indexOf('{');
  if (open < 0) return [s];
  let depth = 0;
  let close = -1;
  const cuts: number[] = [];
  for (let i = open; i < s.length && close < 0; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) close = i;
    else if (s[i] === ',' && depth === 1) cuts.push(i);
  }
  const bounds = [open, ...cuts, close];
  const alternatives = bounds.slice(1).map((end, i) => s.slice(bounds[i]! + 1, end));
  return alternatives.flatMap((a) => expandBraces(`${s.slice(0, open)}${a}${s.slice(close + 1)}`));
}

const OWNED = new Set<string>(['/']);
for (const p of FILESYSTEM_PATHS.flatMap(expandBraces)) {
  const parts = p.split('/');
  for (let n = 1; n <= parts.length; n++) OWNED.add(`/${parts.slice(0, n).join('/')}`);
}
for (const l of Object.keys(FILESYSTEM_LINKS)) OWNED.add(l);

/** `/lib/systemd` → `/usr/lib/systemd`: the path the directory has once filesystem's links resolve. */
function canonical(dir: string): string {
  for (const [link, to] of Object.entries(FILESYSTEM_LINKS)) {
    if (dir === link || dir.startsWith(`${link}/`)) return canonical(to + dir.slice(link.length));
  }
  return dir;
}

/** True when Fedora's `filesystem` package owns `dir` (an absolute path without a trailing slash). */
export function ownedByFilesystem(dir: string): boolean {
  const c = canonical(dir);
  return OWNED.has(c) || FILESYSTEM_LOCALE_DIRS.some((re) => re.test(c));
}

/**
 * `files` plus a directory entry (0755 root:root, `mtime`) for every parent directory that neither
 * the package lists nor `filesystem` owns.
 */
export function withOwnedParents(files: readonly PkgFile[], mtime: number): PkgFile[] {
  const listed = new Set(files.map((f) => f.dst));
  const added = new Map<string, PkgFile>();
  for (const f of files) {
    for (
      let dir = f.dst.slice(0, f.dst.lastIndexOf('/'));
      dir !== '';
      dir = dir.slice(0, dir.lastIndexOf('/'))
    ) {
      if (listed.has(dir) || added.has(dir) || ownedByFilesystem(dir)) continue;
      added.set(dir, { dst: dir, type: 'dir', mode: 0o755, owner: 'root', group: 'root', mtime, size: 0 });
    }
  }
  return [...files, ...added.values()];
}

/** The scriptlets the %systemd_* macros give an rpm that ships systemd units. */
import { SYSTEMD_MARK as MARK } from '../pkg/scripts.js';
import type { PkgScripts } from '../pkg/types.js';

/** What %systemd_post, %systemd_preun and %systemd_postun_with_restart give. */
export function rpmSystemd(units: string[]): Partial<Record<keyof PkgScripts, string>> {
  const u = units.join(' ');
  return {
    postinstall: `${MARK}
if [ "$1" -eq 1 ] && command -v systemctl >/dev/null 2>&1; then
	systemctl --no-reload preset ${u} >/dev/null 2>&1 || :
fi
`,
    preremove: `${MARK}
if [ "$1" -eq 0 ] && command -v systemctl >/dev/null 2>&1; then
	if [ -d /run/systemd/system ]; then
		systemctl --no-reload disable --now ${u} >/dev/null 2>&1 || :
	else
		systemctl --no-reload disable ${u} >/dev/null 2>&1 || :
	fi
fi
`,
    postremove: `${MARK}
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload >/dev/null 2>&1 || :
	if [ "$1" -ge 1 ]; then
		systemctl try-restart ${u} >/dev/null 2>&1 || :
	fi
fi
`,
  };
}

/** The maintainer-script snippets dh_installsystemd gives a deb that ships systemd units. */
import { SYSTEMD_MARK as MARK } from '../pkg/scripts.js';
import type { PkgScripts } from '../pkg/types.js';

/**
 * What dh_installsystemd adds (enable, start/restart on upgrade, stop on remove, daemon-reload,
 * purge). Every command is guarded (no systemd in chroots and containers, no
 * init-system-helpers) and ends in `|| true`, so `set -e` scripts cannot fail on it. Nothing is
 * done under DPKG_ROOT (an install into another root without chroot): the helpers would act on
 * the host.
 */
export function debSystemd(units: string[]): Partial<Record<keyof PkgScripts, string>> {
  const u = units.join(' ');
  return {
    postinstall: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && { [ "$1" = "configure" ] || [ "$1" = "abort-upgrade" ] || [ "$1" = "abort-deconfigure" ] || [ "$1" = "abort-remove" ]; }; then
	if command -v deb-systemd-helper >/dev/null 2>&1; then
		for _unit in ${u}; do
			deb-systemd-helper unmask "$_unit" >/dev/null || true
			if deb-systemd-helper --quiet was-enabled "$_unit"; then
				deb-systemd-helper enable "$_unit" >/dev/null || true
			else
				deb-systemd-helper update-state "$_unit" >/dev/null || true
			fi
		done
	fi
	if [ -d /run/systemd/system ]; then
		systemctl --system daemon-reload >/dev/null || true
		if [ -n "$2" ]; then _dh_action=restart; else _dh_action=start; fi
		if command -v deb-systemd-invoke >/dev/null 2>&1; then
			deb-systemd-invoke $_dh_action ${u} >/dev/null || true
		fi
	fi
fi
`,
    preremove: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ] && command -v deb-systemd-invoke >/dev/null 2>&1; then
	deb-systemd-invoke stop ${u} >/dev/null || true
fi
`,
    postremove: `${MARK}
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = remove ] && [ -d /run/systemd/system ]; then
	systemctl --system daemon-reload >/dev/null || true
fi
if [ -z "\${DPKG_ROOT:-}" ] && [ "$1" = "purge" ] && [ -x "/usr/bin/deb-systemd-helper" ]; then
	deb-systemd-helper purge ${u} >/dev/null || true
	deb-systemd-helper unmask ${u} >/dev/null || true
fi
`,
  };
}

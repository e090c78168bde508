/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Found before SQLite's own header, for src/core only (src/core/meson.build). */
#error "src/core is GLib only: SQLite belongs in src/store (see HACKING.md)"

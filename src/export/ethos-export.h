/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How every export is written with g_file_replace (): owner-only, as the diary it comes from is.
 * PRIVATE alone makes a new file 0600, but over an existing file GLib keeps that file's mode (a
 * 0644 export from last year would stay readable by everyone); REPLACE_DESTINATION drops it. */
#define ETHOS_EXPORT_FILE_FLAGS (G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How every export is written with g_file_replace (): owner-only, as the diary it comes from is.
 * PRIVATE alone makes a new file 0600, but over an existing file GLib keeps that file's mode (a
 * 0644 export from last year would stay readable by everyone); REPLACE_DESTINATION drops it. */
#define ETHOS_EXPORT_FILE_FLAGS (G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION)

/* Drops an export that failed halfway: closing with a cancelled cancellable discards the
 * temporary file g_file_replace () wrote beside the target, which is left as it was. */
static inline void
ethos_export_abandon (GOutputStream *stream)
{
  g_autoptr (GCancellable) cancel = g_cancellable_new ();

  g_cancellable_cancel (cancel);
  g_output_stream_close (stream, cancel, NULL);
}

G_END_DECLS

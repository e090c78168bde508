/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-export"

#include "config.h"

#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-export.h"

/* Writing an export to its file, the same for the window and the command line. */

/* Drops an export that failed halfway: closing with a cancelled cancellable discards the
 * temporary file g_file_replace () wrote beside the target, which is left as it was. */
void
ethos_export_abandon (GOutputStream *stream)
{
  g_autoptr (GCancellable) cancel = g_cancellable_new ();

  g_cancellable_cancel (cancel);
  g_output_stream_close (stream, cancel, NULL);
}

/* Writes the diary from @from to @to (ISO) to @file, owner-only: to a temporary file beside it,
 * renamed into place once whole, so that an export that fails halfway leaves no half-written
 * file and never clobbers a good one. @n_written (CSV, may be NULL): the entries written;
 * @flagged: those that may identify a client. */
gboolean
ethos_export_diary_to_file (EthosStore         *store,
                            GFile              *file,
                            EthosExportFormat   format,
                            const char         *from,
                            const char         *to,
                            const char         *today,
                            gboolean            redact,
                            guint              *n_written,
                            guint              *flagged,
                            GError            **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  gboolean written;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (format == ETHOS_EXPORT_AUDIT_PACK)
    written = ethos_audit_pack_write (store, from, to, today, redact, G_OUTPUT_STREAM (stream),
                                      flagged, error);
  else
    written = ethos_csv_write_diary (store, from, to, redact, G_OUTPUT_STREAM (stream), n_written,
                                     flagged, error);
  if (!written)
    {
      ethos_export_abandon (G_OUTPUT_STREAM (stream));
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

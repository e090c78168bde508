/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The import dialog's insides, shared by ethos-import-dialog.c (reading the file, the table's
 * preview, the import) and ethos-import-dialog-pages.c (an archive's and a calendar's pages). */

#include "ethos-archive.h"
#include "ethos-import-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  IMPORT_TABLE,
  IMPORT_ARCHIVE,
  IMPORT_CALENDAR,
} ImportKind;

struct _EthosImportDialog
{
  AdwWindow      parent_instance;

  EthosStore    *store;
  GFile         *file;
  char          *name;      /* the file's name, as said to the practitioner */
  char          *today;
  ImportKind     kind;
  GCancellable  *cancellable;
  gboolean       ready;     /* the file is shown, or why it cannot be */

  AdwWindowTitle *title;   /* Import Records, over the file's name */
  GtkStack      *stack;
  AdwStatusPage *status;    /* reading, or why the file cannot be taken */
  GtkWidget     *import_button;
  GtkLabel      *error;     /* an import that failed, said over the page */
  GtkWidget     *preview;   /* the table's, once read */
  GtkWidget     *pages;     /* an archive's or a calendar's page, once read */

  EthosImport   *import;
  EthosArchive  *archive;
  GPtrArray     *reminders; /* the calendar's to add (EthosReminder) */
  GPtrArray     *skipped;   /* and those left out (EthosIcalSkip) */
};

/* ethos-import-dialog.c */
void       ethos_import_dialog_say_error (EthosImportDialog *self, const char *message);

/* ethos-import-dialog-pages.c */
GtkWidget *ethos_import_dialog_archive_page (EthosImportDialog *self);
GtkWidget *ethos_import_dialog_calendar_page (EthosImportDialog *self, GError **error);
gboolean   ethos_import_dialog_import_archive (EthosImportDialog *self, char **message);
gboolean   ethos_import_dialog_import_calendar (EthosImportDialog *self, char **message);

G_END_DECLS

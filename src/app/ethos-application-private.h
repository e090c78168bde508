/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-application*.c only: the application's fields, and what turning encryption on and
 * off (ethos-application-encryption.c) takes from opening the records. */

#include "ethos-application.h"
#include "ethos-store.h"

G_BEGIN_DECLS

struct _EthosApplication
{
  AdwApplication parent_instance;

  char          *data_dir;
  EthosStore    *store;
  GSettings     *settings;
  gint64         pending_reminder; /* --reminder, for the first window */
  gboolean       welcome_offered;
  gboolean       unlock_cancelled; /* Quit in the passphrase dialog */
  GError        *unlock_error;     /* why the records did not open with the passphrase's key */
  gboolean       converting;       /* the records are closed while encryption is turned on or off */
  char          *new_recovery_key; /* of a diary made encrypted at this start, to show once */
};

#define NOTIFIER_NAME "org.ethosapp.Ethos.Notifier"

EthosStore *ethos_application_open_store (EthosApplication  *self,
                                          const char        *key,
                                          GError           **error);
GtkWindow  *ethos_application_make_window (EthosApplication *self,
                                           const GError     *error);
void        ethos_application_ensure_notifier (EthosApplication *self);
void        ethos_application_create_diary (EthosApplication *self);
GtkWindow  *ethos_application_ask_passphrase (EthosApplication *self);
void        ethos_application_forget_secret (char *secret);
void        ethos_application_import_file (GSimpleAction *action,
                                           GVariant      *parameter,
                                           gpointer       application);

G_END_DECLS

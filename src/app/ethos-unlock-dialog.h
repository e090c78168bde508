/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_UNLOCK_DIALOG (ethos_unlock_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EthosUnlockDialog, ethos_unlock_dialog, ETHOS, UNLOCK_DIALOG, AdwMessageDialog)

GtkWidget *ethos_unlock_dialog_new (GtkApplication *application,
                                    const char     *data_dir);
void       ethos_unlock_dialog_try (EthosUnlockDialog *self,
                                    const char        *passphrase);

G_END_DECLS

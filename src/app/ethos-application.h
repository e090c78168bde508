/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_APPLICATION (ethos_application_get_type ())

G_DECLARE_FINAL_TYPE (EthosApplication, ethos_application, ETHOS, APPLICATION, AdwApplication)

EthosApplication *ethos_application_new (void);
void              ethos_application_set_data_dir (EthosApplication *self,
                                                  const char       *data_dir);
gboolean          ethos_application_set_encrypted (EthosApplication *self,
                                                   gboolean          encrypt,
                                                   const char       *passphrase);

G_END_DECLS

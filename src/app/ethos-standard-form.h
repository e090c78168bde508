/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_STANDARD_FORM (ethos_standard_form_get_type ())

G_DECLARE_FINAL_TYPE (EthosStandardForm, ethos_standard_form, ETHOS, STANDARD_FORM,
                      AdwPreferencesPage)

void       ethos_standard_form_setup (EthosStandardForm  *self,
                                      EthosStore         *store,
                                      const char         *today,
                                      const char *const  *body_ids);
void       ethos_standard_form_setup_from_profile (EthosStandardForm *self,
                                                   EthosStore        *store,
                                                   const char        *today);
void       ethos_standard_form_set_body_ids (EthosStandardForm *self, const char *const *body_ids);
void       ethos_standard_form_set_show_autostart (EthosStandardForm *self, gboolean show);
gboolean   ethos_standard_form_get_autostart (EthosStandardForm *self);
gboolean   ethos_standard_form_is_ready (EthosStandardForm *self, GError **error);
guint      ethos_standard_form_count_new (EthosStandardForm *self);
int        ethos_standard_form_add (EthosStandardForm *self, GError **error);
GtkWidget *ethos_standard_form_get_first_field (EthosStandardForm *self);
char      *ethos_standard_form_get_dbs_issued (EthosStandardForm *self);
void       ethos_standard_form_show_error (EthosStandardForm *self, const char *message);
void       ethos_standard_form_fill (EthosStandardForm *self,
                                     const char        *dbs,
                                     const char        *insurance,
                                     const char        *membership,
                                     const char        *accreditation,
                                     const char        *ico);

G_END_DECLS

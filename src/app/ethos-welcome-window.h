/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-store.h"

G_BEGIN_DECLS

/* What the practitioner asked to do once the welcome has finished. */
typedef enum
{
  ETHOS_WELCOME_THEN_NOTHING,
  ETHOS_WELCOME_THEN_IMPORT_CODE,
  ETHOS_WELCOME_THEN_IMPORT_RECORDS,
} EthosWelcomeThen;

#define ETHOS_TYPE_WELCOME_WINDOW (ethos_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (EthosWelcomeWindow, ethos_welcome_window, ETHOS, WELCOME_WINDOW, AdwWindow)

gboolean   ethos_welcome_window_should_offer (EthosStore *store, GSettings *settings);
GtkWidget *ethos_welcome_window_new (EthosStore *store,
                                     GSettings  *settings,
                                     GtkWindow  *parent,
                                     const char *today);
void       ethos_welcome_window_go_to (EthosWelcomeWindow *self, guint page);
guint      ethos_welcome_window_get_page (EthosWelcomeWindow *self);
gboolean   ethos_welcome_window_finish (EthosWelcomeWindow  *self,
                                        EthosWelcomeThen     then,
                                        GError             **error);
void       ethos_welcome_window_skip (EthosWelcomeWindow *self);
void       ethos_welcome_window_say_privacy (EthosWelcomeWindow *self, gboolean key_to_come);

G_END_DECLS

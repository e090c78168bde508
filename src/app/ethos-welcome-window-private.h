/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For ethos-welcome-window.c and ethos-welcome-bodies.c only: the window's parts, and the
 * first step's (the bodies) functions. */

#include "ethos-profile-store.h"
#include "ethos-standard-form.h"
#include "ethos-welcome-window.h"

G_BEGIN_DECLS

struct _EthosWelcomeWindow
{
  AdwWindow            parent_instance;

  AdwCarousel         *carousel;
  GtkWidget           *back_button;
  GtkButton           *next_button;
  GtkWidget           *skip_button;
  GtkWidget           *import_code_button;
  GtkWidget           *import_records_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *practice_row;
  GtkLabel            *name_error;
  AdwPreferencesGroup *bodies_group;
  EthosStandardForm   *form;
  GtkSwitch           *autostart_switch;
  GtkLabel            *error_label;
  GtkWidget           *privacy;     /* the first step's word on encryption */

  EthosStore          *store;
  GSettings           *settings;
  GPtrArray           *body_checks; /* GtkCheckButton, each with its "body" id and, for a
                                     * body that names classes, its "class-row" */
  guint                page;
  gboolean             answered;    /* finished or skipped */
  gboolean             touched;     /* something typed, ticked or chosen since it opened */
};

GStrv      ethos_welcome_chosen_bodies (EthosWelcomeWindow *self);
GPtrArray *ethos_welcome_memberships_with_choices (EthosWelcomeWindow *self, GError **error);
gboolean   ethos_welcome_keep_classes_and_practice (EthosWelcomeWindow *self, GError **error);
void       ethos_welcome_add_body_row (EthosWelcomeWindow *self,
                                       const char         *body_id,
                                       EthosMembership    *membership);
void       ethos_welcome_on_body_toggled_cb (EthosWelcomeWindow *self);

G_END_DECLS

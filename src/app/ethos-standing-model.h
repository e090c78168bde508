/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ethos-standing.h"
#include "ethos-store.h"

G_BEGIN_DECLS

#define ETHOS_TYPE_STANDING_MODEL (ethos_standing_model_get_type ())

G_DECLARE_FINAL_TYPE (EthosStandingModel, ethos_standing_model, ETHOS, STANDING_MODEL, GObject)

EthosStandingModel *ethos_standing_model_new (EthosStore *store);
EthosStanding      *ethos_standing_model_get_standing (EthosStandingModel *self);
const char         *ethos_standing_model_get_error (EthosStandingModel *self);
void                ethos_standing_model_set_today (EthosStandingModel *self, const char *today);
const GDate        *ethos_standing_model_get_today (EthosStandingModel *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ethos-body-rules.h"

G_BEGIN_DECLS

GtkWidget  *ethos_class_row_new (const EthosBodyRules *rules, const char *kept, const char *title);
const char *ethos_class_row_get_class (AdwComboRow *row);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ethos_combo_row_wrap_labels (AdwComboRow *row);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean ethos_field_check (AdwPreferencesRow *row, gboolean ok, GError **error);

G_END_DECLS

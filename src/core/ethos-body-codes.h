/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *ethos_body_codes_first (const char *const *body_ids, const char *const *code_ids);

G_END_DECLS

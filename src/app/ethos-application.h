/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_APPLICATION (ethos_application_get_type ())

G_DECLARE_FINAL_TYPE (EthosApplication, ethos_application, ETHOS, APPLICATION, AdwApplication)

EthosApplication *ethos_application_new (void);

G_END_DECLS

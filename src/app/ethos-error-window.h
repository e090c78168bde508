/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ETHOS_TYPE_ERROR_WINDOW (ethos_error_window_get_type ())

G_DECLARE_FINAL_TYPE (EthosErrorWindow, ethos_error_window, ETHOS, ERROR_WINDOW, AdwApplicationWindow)

GtkWidget *ethos_error_window_new (GtkApplication *application,
                                   const char     *data_dir,
                                   const GError   *error);
gboolean   ethos_error_window_recover (EthosErrorWindow  *self,
                                       GError           **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The XDG autostart entry that starts ethos-notifier at login, so reminders reach the
 * practitioner with the window closed. Installed only when they agree. */

char     *ethos_autostart_path (void);
gboolean  ethos_autostart_is_enabled (void);
gboolean  ethos_autostart_was_chosen (void);
gboolean  ethos_autostart_suggested (void);
gboolean  ethos_autostart_set_enabled (gboolean enabled, GError **error);
char     *ethos_autostart_exec_quote (const char *program);

G_END_DECLS

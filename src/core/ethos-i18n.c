/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ethos-i18n.h"

/* Every Ethos program starts here: the user's locale, and Ethos's messages in their language. */

/* Where the compiled translations are: LOCALEDIR once installed. ETHOS_LOCALEDIR, when set, names
 * another folder holding <lang>/LC_MESSAGES/ethos.mo, so that the tests (and a developer) can run
 * the programs in another language from the build tree, before anything is installed. */
const char *
ethos_i18n_locale_dir (void)
{
  const char *dir = g_getenv ("ETHOS_LOCALEDIR");

  return dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR;
}

void
ethos_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, ethos_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

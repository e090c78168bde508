/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-application.h"
#include "ethos-i18n.h"

int
main (int argc, char **argv)
{
  g_autoptr (EthosApplication) application = NULL;

  ethos_i18n_init ();

  application = ethos_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-data"

#include "config.h"

#include <gio/gio.h>

#include "ethos-data-resources.h"
#include "ethos-data.h"

/* The shipped codes and maps are compiled into libethos as a GResource. Naming its getter here
 * keeps the linker from dropping it out of the static library; its constructor registers it. */
void
ethos_data_init (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GResource *resource = ethos_data_get_resource ();

      g_autoptr (GBytes) probe = g_resources_lookup_data ("/org/ethosapp/Ethos/data/codes/cosrt.md",
                                                           0, NULL);

      if (probe == NULL)
        g_resources_register (resource);
      g_once_init_leave (&once, 1);
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-entry.h"

/* An entry in words for a person: what kind of session or activity it was, as the Diary's
 * list names it beside its icon. */

/* "Individual supervision", "Group supervision", "Peer supervision" or "CPD activity". */
const char *
ethos_entry_describe_kind (EthosEntry *self)
{
  g_return_val_if_fail (ETHOS_IS_ENTRY (self), NULL);

  if (self->kind == ETHOS_ENTRY_CPD)
    return _("CPD activity");
  switch (self->format)
    {
    case ETHOS_SUPERVISION_FORMAT_GROUP:
      return _("Group supervision");
    case ETHOS_SUPERVISION_FORMAT_PEER:
      return _("Peer supervision");
    case ETHOS_SUPERVISION_FORMAT_INDIVIDUAL:
    default:
      return _("Individual supervision");
    }
}

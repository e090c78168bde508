/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-date.h"
#include "ethos-duration.h"
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

/* The entry as a screen reader says a row of the Diary's list, in one sentence: "Supervision
 * with Dr Ann Example, 8 November 2026, 1 hour, group", "CPD: Attachment in adolescence,
 * 3 March 2026, 6 hours". */
char *
ethos_entry_describe_for_reader (EthosEntry *self)
{
  g_autofree char *date = NULL;
  g_autofree char *length = NULL;

  g_return_val_if_fail (ETHOS_IS_ENTRY (self), NULL);

  date = ethos_date_format_iso (self->date, ETHOS_DATE_LONG);
  length = ethos_duration_describe (self->minutes);
  if (self->kind == ETHOS_ENTRY_CPD)
    {
      if (self->title[0] == '\0')
        /* Translators: a CPD activity with no title read aloud: its date, then its length */
        return g_strdup_printf (_("CPD activity, %s, %s"), date, length);
      /* Translators: a CPD activity read aloud: its title, its date, its length */
      return g_strdup_printf (_("CPD: %s, %s, %s"), self->title, date, length);
    }
  if (self->supervisor[0] == '\0')
    /* Translators: a supervision session with no supervisor named, read aloud: its kind
     * ("Group supervision"), its date, its length */
    return g_strdup_printf (_("%s, %s, %s"), ethos_entry_describe_kind (self), date, length);
  switch (self->format)
    {
    case ETHOS_SUPERVISION_FORMAT_GROUP:
      /* Translators: a session read aloud: the supervisor, the date, the length */
      return g_strdup_printf (_("Supervision with %s, %s, %s, group"), self->supervisor, date,
                              length);
    case ETHOS_SUPERVISION_FORMAT_PEER:
      /* Translators: a session read aloud: the supervisor, the date, the length */
      return g_strdup_printf (_("Supervision with %s, %s, %s, peer"), self->supervisor, date,
                              length);
    case ETHOS_SUPERVISION_FORMAT_INDIVIDUAL:
    default:
      /* Translators: a session read aloud: the supervisor, the date, the length */
      return g_strdup_printf (_("Supervision with %s, %s, %s, individual"), self->supervisor,
                              date, length);
    }
}

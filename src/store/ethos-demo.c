/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-demo"

#include "config.h"

#include "ethos-date.h"
#include "ethos-demo.h"
#include "ethos-entry-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-standard-reminders.h"

/* A synthetic diary: supervision sessions and CPD activities spread over forty years, with
 * varied, plausible and entirely invented text (no client details: the privacy scan finds
 * nothing in it), and the standard reminders of a BACP and COSRT member. The same seed gives
 * the same diary. */

#define BATCH 5000

static const char *const supervisors[] = {
  "Dr Ann Example", "Sam Fielding", "Priya Natarajan", "Owen Pritchard", "Grace Adeyemi",
  "Huw Llewellyn", "Maria Costa", "Tom Whitaker",
};

static const char *const themes[] = {
  "an ending that felt rushed",  "a client who keeps cancelling",   "my own tiredness",
  "rupture and repair",          "working with shame",              "a dual-relationship worry",
  "fees and missed sessions",    "online work and its boundaries",  "a safeguarding question",
  "silence in the room",         "grief that has no words yet",     "a referral I was unsure of",
  "countertransference and anger", "the limits of my competence",   "note-keeping and consent",
};

static const char *const reflections[] = {
  "I noticed how quickly I wanted to rescue.",
  "Supervision helped me slow down and stay curious.",
  "I left clearer about where my responsibility ends.",
  "I want to take this to my own therapy as well.",
  "Reading the code again steadied me.",
  "I am less anxious about the next session.",
};

static const char *const actions[] = {
  "Review the contract at the next session.",
  "Check the insurance wording about online work.",
  "Read the chapter my supervisor suggested.",
  "Bring this back in a month.",
  "Talk to the client about the ending date.",
};

static const char *const courses[] = {
  "Trauma-informed practice", "Working with couples", "Ethics in online therapy",
  "Safeguarding adults refresher", "Supervision skills", "Introduction to EMDR",
  "Grief and loss", "Psychosexual therapy update", "Record keeping and GDPR",
  "Working with neurodivergent clients", "Reflective reading group", "Annual conference",
};

static const char *const providers[] = {
  "Local training network", "BACP", "COSRT", "University short course", "Online provider",
  "Peer group",
};

static const char *
pick (GRand *rand, const char *const *list, guint n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, list) pick (rand, list, G_N_ELEMENTS (list))

static EthosEntry *
make_entry (GRand *rand, const GDate *date)
{
  gboolean supervision = g_rand_int_range (rand, 0, 10) < 7;
  EthosEntry *entry = ethos_entry_new (supervision ? ETHOS_ENTRY_SUPERVISION : ETHOS_ENTRY_CPD);

  g_free (entry->date);
  entry->date = ethos_date_to_iso (date);
  g_free (entry->reflection);
  entry->reflection = g_strdup (PICK (rand, reflections));

  if (supervision)
    {
      static const int lengths[] = { 45, 60, 60, 90, 90, 120 };
      int format = g_rand_int_range (rand, 0, 10);

      entry->minutes = lengths[g_rand_int_range (rand, 0, G_N_ELEMENTS (lengths))];
      g_free (entry->supervisor);
      entry->supervisor = g_strdup (PICK (rand, supervisors));
      entry->format = format < 7   ? ETHOS_SUPERVISION_FORMAT_INDIVIDUAL
                      : format < 9 ? ETHOS_SUPERVISION_FORMAT_GROUP
                                   : ETHOS_SUPERVISION_FORMAT_PEER;
      if (format >= 7)
        entry->group_size = g_rand_int_range (rand, 3, 8);
      entry->mode = (EthosSupervisionMode) g_rand_int_range (rand, ETHOS_SUPERVISION_MODE_IN_PERSON,
                                                             ETHOS_SUPERVISION_MODE_PHONE + 1);
      entry->client_minutes = g_rand_int_range (rand, 4, 30) * 60;
      g_free (entry->notes);
      entry->notes = g_strdup_printf ("Brought %s, and %s.", PICK (rand, themes), PICK (rand, themes));
      g_free (entry->actions);
      entry->actions = g_strdup (PICK (rand, actions));
    }
  else
    {
      entry->minutes = g_rand_int_range (rand, 1, 15) * 30;
      g_free (entry->title);
      entry->title = g_strdup (PICK (rand, courses));
      g_free (entry->provider);
      entry->provider = g_strdup (PICK (rand, providers));
      g_free (entry->cpd_kind);
      entry->cpd_kind = g_strdup (ethos_cpd_kinds[g_rand_int_range (rand, 0, 5)]);
      g_free (entry->outcomes);
      entry->outcomes = g_strdup_printf ("A clearer way of thinking about %s.", PICK (rand, themes));
      g_free (entry->impact);
      entry->impact = g_strdup ("I have changed how I contract with new clients.");
    }
  return entry;
}

/* The reminders a practitioner sets up on the first day, as of the diary's last day (run
 * twice, nothing is added twice). */
static gboolean
add_standard_reminders (EthosStore *store, GPtrArray *memberships, GError **error)
{
  const char *const demo_bodies[] = { "bacp", "cosrt", NULL };
  /* Each body renews on its own day. */
  const char *const renewals[] = { "2027-06-30", "2027-09-30", "2027-03-31" };
  EthosStandardDates dates = {
    .dbs_certificate = "2024-03-14",
    .insurance_renewal = "2027-04-01",
    .ico_renewal = "2027-02-12",
  };
  g_autoptr (GArray) renewing = g_array_new (FALSE, TRUE, sizeof (EthosMembershipRenewal));
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) body_ids = NULL;
  g_autoptr (GPtrArray) standard = NULL;

  if (memberships == NULL)
    g_strv_builder_addv (ids, (const char **) demo_bodies);
  else
    for (guint i = 0; i < memberships->len; i++)
      g_strv_builder_add (ids, ((EthosMembership *) g_ptr_array_index (memberships, i))->body_id);
  body_ids = g_strv_builder_end (ids);
  for (guint i = 0; body_ids[i] != NULL; i++)
    {
      EthosMembershipRenewal renewal = { body_ids[i], renewals[i % G_N_ELEMENTS (renewals)], FALSE };

      g_array_append_val (renewing, renewal);
    }
  dates.memberships = (const EthosMembershipRenewal *) renewing->data;
  dates.n_memberships = renewing->len;
  if ((standard = ethos_standard_reminders ((const char *const *) body_ids, "2026-11-20", &dates,
                                            error)) == NULL)
    return FALSE;
  for (guint i = 0; i < standard->len; i++)
    ethos_store_apply_default_leads (store, g_ptr_array_index (standard, i));
  return ethos_store_add_missing_reminders (store, standard, error) >= 0;
}

gboolean
ethos_demo_fill (EthosStore *store, guint count, guint32 seed, GError **error)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *name = ethos_store_get_name (store);
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, error);
  GDate first, date;
  guint span;

  if (memberships == NULL)
    return FALSE;
  if (name == NULL && !ethos_store_set_name (store, "Alex Demo", error))
    return FALSE;
  if (memberships->len == 0)
    {
      EthosMembership bacp = { (char *) "bacp", (char *) "000000" };
      EthosMembership cosrt = { (char *) "cosrt", NULL };
      g_autoptr (GPtrArray) demo = g_ptr_array_new ();

      g_ptr_array_add (demo, &bacp);
      g_ptr_array_add (demo, &cosrt);
      if (!ethos_store_set_memberships (store, demo, error))
        return FALSE;
    }

  if (!add_standard_reminders (store, memberships->len == 0 ? NULL : memberships, error))
    return FALSE;

  /* Forty years up to a fixed day, so that the same seed gives the same diary. */
  g_date_set_dmy (&first, 1, G_DATE_DECEMBER, 1986);
  span = 40 * 365;

  for (guint done = 0; done < count;)
    {
      g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

      for (; done < count && batch->len < BATCH; done++)
        {
          date = first;
          g_date_add_days (&date, (guint) g_rand_int_range (rand, 0, (gint32) span));
          g_ptr_array_add (batch, make_entry (rand, &date));
        }
      if (!ethos_store_add_entries (store, batch, error))
        return FALSE;
    }
  return TRUE;
}

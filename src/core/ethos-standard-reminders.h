/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the practitioner files their Self Assessment: online (the default), on paper, under
 * Making Tax Digital for Income Tax (quarterly updates), or not at all (employed only). */
typedef enum /*< prefix=ETHOS_TAX_FILING >*/
{
  ETHOS_TAX_FILING_ONLINE, /*< nick=online >*/
  ETHOS_TAX_FILING_PAPER,  /*< nick=paper >*/
  ETHOS_TAX_FILING_MTD,    /*< nick=mtd >*/
  ETHOS_TAX_FILING_NONE,   /*< nick=none >*/
} EthosTaxFiling;

/* When a membership renews: each body's own date, since each sends its own renewal. */
typedef struct
{
  const char *body_id; /* NULL: a membership of no body Ethos knows of */
  const char *renewal; /* YYYY-MM-DD */
  gboolean    lapsed;  /* it has passed, and the practitioner says it was not renewed */
} EthosMembershipRenewal;

/* The dates a practitioner knows on first use; any may be NULL. */
typedef struct
{
  const char *dbs_certificate;   /* issue date of the last DBS certificate */
  const char *insurance_renewal; /* next renewal date */
  const EthosMembershipRenewal *memberships; /* n_memberships of them, one per body */
  guint                         n_memberships;
  const char *accreditation_renewal;
  const char *ico_renewal;
  EthosTaxFiling tax;
  gboolean       newly_self_employed; /* registers for Self Assessment by 5 October */
  /* A renewal date already past that the practitioner says was not renewed: due now, not a
   * year on. */
  gboolean       insurance_lapsed;
  gboolean       ico_lapsed;
} EthosStandardDates;

const char *ethos_tax_filing_to_string (EthosTaxFiling tax);
gboolean    ethos_tax_filing_from_string (const char *text, EthosTaxFiling *tax, GError **error);

char      *ethos_standard_renewal_passed (const char *renewal, const char *today);
GPtrArray *ethos_standard_reminders (const char *const         *body_ids,
                                     const char                *today,
                                     const EthosStandardDates  *dates,
                                     GError                   **error);

G_END_DECLS

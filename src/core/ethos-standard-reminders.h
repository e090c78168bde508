/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The dates a practitioner knows on first use; any may be NULL. */
typedef struct
{
  const char *dbs_certificate;   /* issue date of the last DBS certificate */
  const char *insurance_renewal; /* next renewal date */
  const char *membership_renewal;
  const char *accreditation_renewal;
  const char *ico_renewal;
} EthosStandardDates;

GPtrArray *ethos_standard_reminders (const char *const         *body_ids,
                                     const char                *today,
                                     const EthosStandardDates  *dates,
                                     GError                   **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A supervisor, with the contact details an audit asks for (BACP's audit asks for the
 * supervisor's; UKCP and COSRT re-accreditation ask the supervisor for a statement). Any of
 * the details may be NULL: not given. */
typedef struct
{
  gint64 id;            /* 0 until kept */
  char  *name;
  char  *email;
  char  *phone;
  char  *accreditation; /* as they describe it: "BACP senior accredited supervisor" */
  guint  n_sessions;    /* sessions with them in the diary, when read from the store */
} EthosSupervisor;

EthosSupervisor *ethos_supervisor_new (void);
void             ethos_supervisor_free (EthosSupervisor *supervisor);
gboolean         ethos_supervisor_check (EthosSupervisor *supervisor, GError **error);
char            *ethos_supervisor_describe_contact (const EthosSupervisor *supervisor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosSupervisor, ethos_supervisor_free)

G_END_DECLS

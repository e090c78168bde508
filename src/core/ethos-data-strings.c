/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Written by build-aux/data-strings.py from data/themes.ini and data/duties.ini: do not
 * edit; run the script after changing either file (the data-strings test checks it).
 *
 * The data files' display strings, for xgettext: the files stay in English and each
 * string is translated as it is read (ethos_data_get_string ()). Compiled, so that a
 * string that would not build fails early; never used at run time. */

#include "config.h"

#include <glib/gi18n.h>

static const char *const data_strings[] G_GNUC_UNUSED = {
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [confidentiality]) */
  NC_("theme", "Confidentiality"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [consent]) */
  NC_("theme", "Consent"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [boundaries]) */
  NC_("theme", "Boundaries and dual relationships"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [supervision]) */
  NC_("theme", "Supervision"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [cpd]) */
  NC_("theme", "CPD and competence"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [safeguarding]) */
  NC_("theme", "DBS and safeguarding"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [reporting]) */
  NC_("theme", "Reporting to the body"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [insurance]) */
  NC_("theme", "Insurance and indemnity"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [records]) */
  NC_("theme", "Records and data protection"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [health]) */
  NC_("theme", "Health and fitness to practise"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [advertising]) */
  NC_("theme", "Advertising and honesty"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [complaints]) */
  NC_("theme", "Complaints and proceedings"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [endings]) */
  NC_("theme", "Endings"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [discrimination]) */
  NC_("theme", "Equality and discrimination"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [contracts]) */
  NC_("theme", "Contracts with clients"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [fees-and-money]) */
  NC_("theme", "Fees and money"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [conflicts-of-interest]) */
  NC_("theme", "Conflicts of interest"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [raising-concerns]) */
  NC_("theme", "Raising concerns and whistleblowing"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [referral]) */
  NC_("theme", "Referral"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [research]) */
  NC_("theme", "Research and teaching"),
  /* Translators: a theme's name, in the Codes sidebar (themes.ini [membership]) */
  NC_("theme", "Membership and accreditation"),
  /* Translators: what a theme covers (themes.ini [confidentiality]) */
  NC_("theme description", "Keeping what clients and colleagues tell you confidential, its limits, and when and how information may be shared."),
  /* Translators: what a theme covers (themes.ini [consent]) */
  NC_("theme description", "Clients' informed agreement to therapy, to its terms and to any use or sharing of what they tell you."),
  /* Translators: what a theme covers (themes.ini [boundaries]) */
  NC_("theme description", "Keeping the therapeutic relationship professional: no exploitation, no sexual contact, and care over other relationships with clients, former clients and supervisees."),
  /* Translators: what a theme covers (themes.ini [supervision]) */
  NC_("theme description", "Having regular supervision, what to take to it, and supervising others."),
  /* Translators: what a theme covers (themes.ini [cpd]) */
  NC_("theme description", "Working within your competence and keeping your knowledge and skills up to date through continuing professional development."),
  /* Translators: what a theme covers (themes.ini [safeguarding]) */
  NC_("theme description", "DBS checks, work with children and vulnerable adults, and acting when someone may be at risk of harm."),
  /* Translators: what a theme covers (themes.ini [reporting]) */
  NC_("theme description", "What you must tell your professional body or organisation about yourself or others, and by when."),
  /* Translators: what a theme covers (themes.ini [insurance]) */
  NC_("theme description", "Holding adequate professional indemnity insurance for your work."),
  /* Translators: what a theme covers (themes.ini [records]) */
  NC_("theme description", "Keeping accurate, timely and secure records of your work, and following data protection law."),
  /* Translators: what a theme covers (themes.ini [health]) */
  NC_("theme description", "Looking after your own health and stopping or limiting practice when illness, alcohol or drugs impair it."),
  /* Translators: what a theme covers (themes.ini [advertising]) */
  NC_("theme description", "Presenting yourself, your qualifications and your services truthfully, in advertising, titles and everything you write or say."),
  /* Translators: what a theme covers (themes.ini [complaints]) */
  NC_("theme description", "Responding to complaints and to things going wrong, and taking part honestly in complaints, conduct and legal proceedings."),
  /* Translators: what a theme covers (themes.ini [endings]) */
  NC_("theme description", "Ending therapy well, arrangements for ending and for an unplanned end of practice, and duties to former clients."),
  /* Translators: what a theme covers (themes.ini [discrimination]) */
  NC_("theme description", "Treating clients and colleagues fairly, respecting diversity and never discriminating against anyone."),
  /* Translators: what a theme covers (themes.ini [contracts]) */
  NC_("theme description", "Agreeing the terms of therapy with clients, in writing where asked, before the work begins."),
  /* Translators: what a theme covers (themes.ini [fees-and-money]) */
  NC_("theme description", "Fees, payment and cancellation terms, honest financial dealings, gifts, and never exploiting clients financially."),
  /* Translators: what a theme covers (themes.ini [conflicts-of-interest]) */
  NC_("theme description", "Avoiding conflicts of interest and declaring and handling those that arise."),
  /* Translators: what a theme covers (themes.ini [raising-concerns]) */
  NC_("theme description", "Acting on concerns about a colleague's conduct or fitness to practise, or about unsafe care, and whistleblowing."),
  /* Translators: what a theme covers (themes.ini [referral]) */
  NC_("theme description", "Referring clients to another practitioner or service when their needs go beyond your competence or the relationship."),
  /* Translators: what a theme covers (themes.ini [research]) */
  NC_("theme description", "Using client material in research, teaching and presentations: consent, anonymity and ethical approval."),
  /* Translators: what a theme covers (themes.ini [membership]) */
  NC_("theme description", "What membership or accreditation of a body requires of you, including renewing your undertaking and re-accreditation."),
  /* Translators: a reminder's title, from a code's duty (duties.ini [atrium-practice/9.6]) */
  NC_("duty", "DBS check (at least every three years)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/26]) */
  NC_("duty", "Current Full Disclosure DBS certificate (to work with under-18s or vulnerable people)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/45]) */
  NC_("duty", "Insurance or indemnity cover (renew every year)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [atrium-practice/9.5]) */
  NC_("duty", "Indemnity insurance (renew every year)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [atrium-ethics/1.2]) */
  NC_("duty", "Renew your written undertaking to the Atrium Code of Ethics (every year)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/55.e]) */
  NC_("duty", "COSRT re-accreditation (every five years)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/41]) */
  NC_("duty", "Appoint a professional executor and review the arrangement (every year)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/107]) */
  NC_("duty", "Tell COSRT of a caution, charge, conviction or another body's finding (within 14 days)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/108]) */
  NC_("duty", "Tell COSRT of a suspension, removal or restriction (within 14 days)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [atrium-practice/9.8]) */
  NC_("duty", "Declare an upheld complaint, relevant conviction or successful civil proceedings to Atrium (immediately)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [ipt-uk/5]) */
  NC_("duty", "Inform IPT UK of police action, criminal proceedings, discipline or suspension (without delay)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/15]) */
  NC_("duty", "Meet COSRT's CPD requirements (yearly record)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [ipt-uk/8]) */
  NC_("duty", "Keep IPT knowledge and skills up to date: CPD and regular supervision (yearly review)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [atrium-practice/9.3]) */
  NC_("duty", "Continuing professional development and supervision (yearly review)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [wv-ipn/personal-and-professional-development.1]) */
  NC_("duty", "Update your knowledge, skills and understanding (yearly review)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [cosrt/64]) */
  NC_("duty", "Supervision with an experienced, qualified supervisor (monthly)"),
  /* Translators: a reminder's title, from a code's duty (duties.ini [wv-ipn/supervision.3]) */
  NC_("duty", "Regular and consistent supervision (monthly)"),
  /* Translators: a code's time limit, in its words (duties.ini [cosrt/107]) */
  NC_("deadline note", "without delay (within 14 days)"),
  /* Translators: a code's time limit, in its words (duties.ini [cosrt/108]) */
  NC_("deadline note", "within 14 days"),
  /* Translators: a code's time limit, in its words (duties.ini [atrium-practice/9.8]) */
  NC_("deadline note", "immediately"),
  /* Translators: a code's time limit, in its words (duties.ini [ipt-uk/5]) */
  NC_("deadline note", "without delay (no time limit stated)"),
};

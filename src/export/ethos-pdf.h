/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _EthosPdfDocument EthosPdfDocument;

EthosPdfDocument *ethos_pdf_document_new (const char *footer);
void              ethos_pdf_document_free (EthosPdfDocument *self);
void              ethos_pdf_document_title (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_heading (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_subheading (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_paragraph (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_small (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_row (EthosPdfDocument *self, const char *text);
void              ethos_pdf_document_page_break (EthosPdfDocument *self);
void              ethos_pdf_document_begin_group (EthosPdfDocument *self);
void              ethos_pdf_document_end_group (EthosPdfDocument *self);
gboolean          ethos_pdf_document_write (EthosPdfDocument  *self,
                                            GOutputStream     *stream,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosPdfDocument, ethos_pdf_document_free)

G_END_DECLS

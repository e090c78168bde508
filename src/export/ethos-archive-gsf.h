/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libgsf 1.14 declares no g_autoptr() cleanups for its types. */

#include <gsf/gsf.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

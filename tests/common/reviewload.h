// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewstore.h"

#include <QtGlobal>

namespace evidencedesk::test {

/// The whole review in the store; a read that fails ends the test program with the store's message.
inline Review loaded(const ReviewStore &store)
{
    Review r;
    if (!store.load(r))
        qFatal("%s", qPrintable(store.lastError()));
    return r;
}

} // namespace evidencedesk::test

// SPDX-License-Identifier: GPL-3.0-or-later
// User text in the window is text, never markup: a claim or a gold-standard note written as HTML (a shared review
// could show a fake red "certainty HIGH" heading or load local image files) is shown as written.
#include "claimpanel.h"
#include "goldstandardpanel.h"
#include "reviewdocument.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace evidencedesk;

namespace {
const QString kHostile
    = QStringLiteral("<h1 style='color:red'>Certainty: HIGH</h1><img src='file:///etc/hostname'> %1 & more");

/// The labels of `w` that show `text`, and whether they all show it as plain text.
int labelsShowingPlain(QWidget &w, const QString &text, bool &plain)
{
    int n = 0;
    plain = true;
    for (const QLabel *l : w.findChildren<QLabel *>())
        if (l->text() == text) {
            ++n;
            plain = plain && l->textFormat() == Qt::PlainText;
        }
    return n;
}
} // namespace

class TestUserText : public QObject {
    Q_OBJECT

private slots:
    void claimAndNoteAreText()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = ReviewDocument::create(dir.filePath(QStringLiteral("r.evidence")), error);
        QVERIFY2(doc, qPrintable(error));
        const qint64 id = doc->addClaim(kHostile, Assertion::Unspecified);
        doc->setCurrentClaim(id);
        Claim c = *doc->currentClaim();
        c.goldStandardNote = kHostile;
        doc->editClaim(c);
        doc->refineClaim(kHostile + QStringLiteral(" (refined)"), QStringLiteral("why"));

        ClaimPanel claims(doc.get());
        bool plain = false;
        QCOMPARE(labelsShowingPlain(claims, kHostile + QStringLiteral(" (refined)"), plain), 1);
        QVERIFY(plain);
        // the refinement history's tool tips quote the texts, escaped
        for (const QTreeWidget *t : claims.findChildren<QTreeWidget *>())
            for (int i = 0; i < t->topLevelItemCount(); ++i) {
                const QString tip = t->topLevelItem(i)->toolTip(0);
                QVERIFY2(!tip.contains(QStringLiteral("<h1")) && tip.contains(QStringLiteral("&lt;h1")),
                         qPrintable(tip));
            }

        GoldStandardPanel gold(doc.get(), nullptr);
        bool found = false;
        for (const QLabel *l : gold.findChildren<QLabel *>())
            if (l->text().startsWith(kHostile)) {
                found = true;
                QCOMPARE(l->textFormat(), Qt::PlainText);
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestUserText)
#include "test_usertext.moc"

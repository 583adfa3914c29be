// SPDX-License-Identifier: GPL-3.0-or-later
// evidencedesk: the window. `evidencedesk FILE.evidence` opens that review; without a file it opens the
// bundled demo review, written to the user's data folder on first run (never over the user's files).
#include "examples.h"
#include "i18n.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EvidenceDesk"));
    QApplication::setOrganizationName(QStringLiteral("EvidenceDesk"));
    QApplication::setApplicationVersion(QStringLiteral(EVIDENCEDESK_VERSION));
    evidencedesk::installTranslations(app, evidencedesk::preferredLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Evidence synthesis for systematic reviewers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("review"),
                                 QApplication::translate("main", "The review file to open (*.evidence)."));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = QDir(folder).filePath(QStringLiteral("Demo review.evidence"));
        if (!QFileInfo::exists(path)) {
            QString error;
            auto store = evidencedesk::ReviewStore::create(path, error);
            if (!store || !evidencedesk::writeExample(QStringLiteral("hypertrophy"), *store, error)) {
                store.reset();
                QFile::remove(path);
                qWarning("%s", qPrintable(error));
                path.clear();
            }
        }
    }
    evidencedesk::MainWindow window;
    window.show();
    if (!path.isEmpty())
        window.openFile(path);
    return app.exec();
}

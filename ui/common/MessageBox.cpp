// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

namespace guanxi {

namespace {
// Set only by tests, read and cleared on the GUI thread.
MessageBox::Button nextAnswer = QMessageBox::NoButton;
QString answeredText;
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton)
{
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        answeredText = text;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

bool MessageBox::answerPending()
{
    return nextAnswer != QMessageBox::NoButton;
}

QString MessageBox::lastText()
{
    return answeredText;
}

} // namespace guanxi

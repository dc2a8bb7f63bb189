#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class FlexoAddressesPage;
}

namespace flexo {
class SetupModel;
} // namespace flexo

namespace flexo::ui {

// FlexO's redirect URIs (a short list) and lifecycle URL, checked as typed. Several URIs pasted at
// once, as an e-mail lists them, are added one a line.
class FlexoAddressesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FlexoAddressesPage(SetupModel *model, QWidget *parent = nullptr);
    ~FlexoAddressesPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void addUri();
    void editUri();
    void removeUri();
    void newUriEdited();
    void lifecycleEdited();
    void listChanged();
    [[nodiscard]] QStringList uris() const;

    std::unique_ptr<Ui::FlexoAddressesPage> m_ui;
    SetupModel *m_model = nullptr;
    bool m_listOk = false;
    bool m_newUriOk = true;
    int m_newUriLength = 0; // of the "new" field's text, to tell a paste from a typed key
    bool m_lifecycleOk = false;
};

} // namespace flexo::ui

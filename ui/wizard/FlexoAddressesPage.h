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

// FlexO's redirect URIs (a list) and lifecycle URL, checked as typed.
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
    bool m_lifecycleOk = false;
};

} // namespace flexo::ui

#include "complaintservice.h"
#include "taxonomyservice.h"
#include "testsupport.h"

#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::test::scalar;

namespace {

storage::CategoryRecord newCategory(Workspace &ws, const QString &code, const char *department)
{
    storage::CategoryRecord c;
    c.code = code;
    c.nameZh = QStringLiteral("商户入网");
    c.nameEn = QStringLiteral("Merchant onboarding");
    c.defaultDepartmentId = ws.taxonomy().departmentByCode(QLatin1String(department))->id;
    c.defaultSeverity = QStringLiteral("P3");
    c.regulatoryCause = QStringLiteral("RULES_PROCESSES");
    return c;
}

} // namespace

class TestTaxonomyService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldAddRenameReorderAndRecordEveryChange()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        TaxonomyService &editor = ws.taxonomyEditor();
        auto id = editor.saveCategory(newCategory(ws, QStringLiteral("onboarding"), "CS"));
        QVERIFY(id.ok());
        QCOMPARE(ws.taxonomy().category(*id)->code, QStringLiteral("ONBOARDING"));
        QCOMPARE(ws.taxonomy().categories().last().id, *id);
        QCOMPARE(test::eventCount(ws, QStringLiteral("category_added")), 1);
        // rename and translate; the code stays
        storage::CategoryRecord renamed = *ws.taxonomy().category(*id);
        renamed.nameZh = QStringLiteral("商户进件");
        renamed.code = QStringLiteral("SOMETHING_ELSE");
        QVERIFY(editor.saveCategory(renamed).ok());
        QCOMPARE(ws.taxonomy().category(*id)->nameZh, QStringLiteral("商户进件"));
        QCOMPARE(ws.taxonomy().category(*id)->code, QStringLiteral("ONBOARDING"));
        QCOMPARE(test::eventCount(ws, QStringLiteral("category_changed")), 1);
        // one place up
        QVERIFY(editor.moveCategory(*id, -1).ok());
        const auto &categories = ws.taxonomy().categories();
        QCOMPARE(categories.at(categories.size() - 2).id, *id);
        // a sub-category of it
        storage::SubcategoryRecord sub;
        sub.categoryId = *id;
        sub.code = QStringLiteral("DOCUMENTS");
        sub.nameZh = QStringLiteral("资料审核");
        sub.nameEn = QStringLiteral("Document review");
        QVERIFY(editor.saveSubcategory(sub).ok());
        QCOMPARE(ws.taxonomy().subcategoriesOf(*id).size(), 1);
        QCOMPARE(test::eventCount(ws, QStringLiteral("subcategory_added")), 1);
    }

    void shouldRefuseBadInputAndChangeNothing()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        TaxonomyService &editor = ws.taxonomyEditor();
        const qsizetype before = ws.taxonomy().categories().size();
        QCOMPARE(editor.saveCategory(newCategory(ws, QStringLiteral("1BAD"), "CS")).error().field,
                 QStringLiteral("code"));
        storage::CategoryRecord noName = newCategory(ws, QStringLiteral("NEW_ONE"), "CS");
        noName.nameEn.clear();
        QCOMPARE(editor.saveCategory(noName).error().field, QStringLiteral("name"));
        QCOMPARE(editor.saveCategory(newCategory(ws, QStringLiteral("REFUND"), "CS")).error().kind,
                 Error::Kind::Conflict);
        storage::CategoryRecord badCause = newCategory(ws, QStringLiteral("NEW_TWO"), "CS");
        badCause.regulatoryCause = QStringLiteral("NOT_A_CAUSE");
        QCOMPARE(editor.saveCategory(badCause).error().field, QStringLiteral("cause"));
        QCOMPARE(ws.taxonomy().categories().size(), before);
    }

    void shouldOnlyDisableACategoryInUse()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        TaxonomyService &editor = ws.taxonomyEditor();
        const qint64 fees = ws.taxonomy().categoryByCode(QStringLiteral("FEES_BILLING"))->id;
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        QCOMPARE(editor.removeCategory(fees).error().kind, Error::Kind::Conflict);
        QVERIFY(ws.taxonomy().category(fees));
        storage::CategoryRecord disabled = *ws.taxonomy().category(fees);
        disabled.active = false;
        QVERIFY(editor.saveCategory(disabled).ok());
        QVERIFY(!ws.taxonomy().category(fees)->active);
        // an unused one goes
        auto unused = editor.saveCategory(newCategory(ws, QStringLiteral("UNUSED"), "CS"));
        QVERIFY(editor.removeCategory(*unused).ok());
        QVERIFY(!ws.taxonomy().category(*unused));
        QCOMPARE(test::eventCount(ws, QStringLiteral("category_removed")), 1);
    }

    void shouldLetALeadEditOnlyTheirDepartmentsCategories()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        store.signInAs(QStringLiteral("lead.cs"), QStringLiteral("lead"), QStringLiteral("CS"));
        TaxonomyService &editor = ws.taxonomyEditor();
        storage::CategoryRecord refund = *ws.taxonomy().categoryByCode(QStringLiteral("REFUND"));
        refund.nameEn = QStringLiteral("Refunds, deposits");
        QVERIFY(editor.saveCategory(refund).ok()); // CS handles refunds
        storage::CategoryRecord fraud =
            *ws.taxonomy().categoryByCode(QStringLiteral("FUNDS_SECURITY"));
        fraud.nameEn = QStringLiteral("Fraud");
        QCOMPARE(editor.saveCategory(fraud).error().kind, Error::Kind::Permission);
        QCOMPARE(ws.taxonomy().categoryByCode(QStringLiteral("FUNDS_SECURITY"))->nameEn,
                 QStringLiteral("Fund security, fraud, unauthorised use"));
        QVERIFY(test::eventCount(ws, QStringLiteral("permission_denied")) >= 1);
        // nor may they hand one of theirs to another department
        refund.defaultDepartmentId = ws.taxonomy().departmentByCode(QStringLiteral("RISK"))->id;
        QCOMPARE(editor.saveCategory(refund).error().kind, Error::Kind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyService)
#include "tst_taxonomyservice.moc"

import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Who gives and who receives in the aid, yield and intent phrasings of the rec07 round. Sentences written for
/// these tests.
@Suite struct AidYieldRoleTests {
    /// Training named with its trainer in the genitive is military aid from the trainer to the trained.
    @Test func trainingWithItsTrainerIsMilitaryAid() throws {
        let found = try RoleTests().events(
            "وقال المتحدث إن تدريب الولايات المتحدة لمقاتلي المعارضة السورية بدأ في الأردن.", root: "07")
        #expect(found.contains { $0.0 == "USA" && $0.1 == "SYRREB" }, "\(found)")
    }

    /// A truce declared in the past tense by a state's body is coded with no other party; the present tense after a
    /// modal (a demand) is not.
    @Test func aTruceDeclaredNeedsNoOtherParty() throws {
        let declared = try RoleTests().events("أعلنت الحكومة الكولومبية وقفا لإطلاق النار لمدة شهر.", root: "08")
        #expect(declared.contains { $0.0 == "COLGOV" && $0.1 == "-" }, "\(declared)")
        let demanded = try RoleTests().events(
            "وقال النائب التركي إنه يجب أن يرفع الحزب اصبعه عن الزناد ويعلن وقف إطلاق النار.", root: "08")
        #expect(demanded.isEmpty, "\(demanded)")
    }
}

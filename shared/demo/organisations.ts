// The base party organisations of the demo congress: the party committees and cells of a
// provincial agencies bloc, from the provincial party's own boards to departments, courts, branches
// of central agencies, mass organisations, schools and hospitals. Sizes are uneven, as real ones are.

export const DEMO_ORGANISATION_KINDS = [
  'blocCommittee',
  'partyBoard',
  'office',
  'department',
  'judicial',
  'branch',
  'mass',
  'media',
  'school',
  'hospital',
  'service',
] as const;
export type DemoOrganisationKind = (typeof DEMO_ORGANISATION_KINDS)[number];

export interface DemoOrganisation {
  /** The base party organisation, as the roster's organisation column shows it. */
  readonly name: string;
  /** The agency it serves in, as positions name it ("Giám đốc Sở Tài chính"). */
  readonly unit: string;
  /** The title of the agency's head, without the agency ("Giám đốc"). */
  readonly head: string;
  readonly kind: DemoOrganisationKind;
  /** Party members of the organisation; together they are the members the congress represents. */
  readonly partyMembers: number;
}

function org(name: string, unit: string, head: string, kind: DemoOrganisationKind, partyMembers: number): DemoOrganisation {
  return { name, unit, head, kind, partyMembers };
}

/** A "Đảng bộ", a party organisation with cells of its own, named after its agency: "Đảng bộ Sở Tài chính". */
function partyOrganisation(unit: string, head: string, kind: DemoOrganisationKind, partyMembers: number): DemoOrganisation {
  return org(`Đảng bộ ${unit}`, unit, head, kind, partyMembers);
}

/** A "Chi bộ", a party cell, named after its agency: "Chi bộ Sở Du lịch". */
function partyCell(unit: string, head: string, kind: DemoOrganisationKind, partyMembers: number): DemoOrganisation {
  return org(`Chi bộ ${unit}`, unit, head, kind, partyMembers);
}

/** The organisation of the bloc's own party committee staff; the outgoing standing committee sits in it. */
export const BLOC_COMMITTEE_ORGANISATION = 'Chi bộ Cơ quan Đảng ủy Khối các cơ quan tỉnh';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  org(BLOC_COMMITTEE_ORGANISATION, 'Đảng ủy Khối các cơ quan tỉnh', 'Bí thư', 'blocCommittee', 24),
  partyOrganisation('Văn phòng Tỉnh ủy', 'Chánh', 'office', 118),
  partyCell('Ban Tổ chức Tỉnh ủy', 'Trưởng', 'partyBoard', 28),
  partyCell('Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm', 'partyBoard', 30),
  partyCell('Ban Tuyên giáo Tỉnh ủy', 'Trưởng', 'partyBoard', 26),
  partyCell('Ban Dân vận Tỉnh ủy', 'Trưởng', 'partyBoard', 19),
  partyCell('Ban Nội chính Tỉnh ủy', 'Trưởng', 'partyBoard', 17),
  partyOrganisation('Trường Chính trị tỉnh', 'Hiệu trưởng', 'school', 82),
  partyCell('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Chánh', 'office', 29),
  partyOrganisation('Văn phòng UBND tỉnh', 'Chánh', 'office', 96),
  partyOrganisation('Sở Tài chính', 'Giám đốc', 'department', 92),
  partyOrganisation('Sở Kế hoạch và Đầu tư', 'Giám đốc', 'department', 74),
  partyOrganisation('Sở Y tế', 'Giám đốc', 'department', 118),
  partyOrganisation('Sở Giáo dục và Đào tạo', 'Giám đốc', 'department', 104),
  partyOrganisation('Sở Giao thông vận tải', 'Giám đốc', 'department', 186),
  partyOrganisation('Sở Xây dựng', 'Giám đốc', 'department', 88),
  partyOrganisation('Sở Nông nghiệp và Phát triển nông thôn', 'Giám đốc', 'department', 352),
  partyOrganisation('Sở Tài nguyên và Môi trường', 'Giám đốc', 'department', 156),
  partyOrganisation('Sở Công Thương', 'Giám đốc', 'department', 84),
  partyOrganisation('Sở Lao động - Thương binh và Xã hội', 'Giám đốc', 'department', 132),
  partyOrganisation('Sở Văn hóa và Thể thao', 'Giám đốc', 'department', 148),
  partyCell('Sở Du lịch', 'Giám đốc', 'department', 16),
  partyOrganisation('Sở Khoa học và Công nghệ', 'Giám đốc', 'department', 68),
  partyOrganisation('Sở Thông tin và Truyền thông', 'Giám đốc', 'department', 42),
  partyOrganisation('Sở Nội vụ', 'Giám đốc', 'department', 78),
  partyOrganisation('Sở Tư pháp', 'Giám đốc', 'department', 54),
  partyCell('Sở Ngoại vụ', 'Giám đốc', 'department', 21),
  partyCell('Thanh tra tỉnh', 'Chánh', 'department', 29),
  partyCell('Ban Dân tộc tỉnh', 'Trưởng', 'department', 22),
  partyOrganisation('Ban Quản lý Khu kinh tế tỉnh', 'Trưởng', 'department', 57),
  partyOrganisation('Tòa án nhân dân tỉnh', 'Chánh án', 'judicial', 64),
  partyOrganisation('Viện Kiểm sát nhân dân tỉnh', 'Viện trưởng', 'judicial', 71),
  partyOrganisation('Cục Thi hành án dân sự tỉnh', 'Cục trưởng', 'judicial', 48),
  partyOrganisation('Cục Thuế tỉnh', 'Cục trưởng', 'branch', 265),
  partyOrganisation('Kho bạc Nhà nước tỉnh', 'Giám đốc', 'branch', 178),
  partyOrganisation('Cục Thống kê tỉnh', 'Cục trưởng', 'branch', 86),
  partyOrganisation('Ngân hàng Nhà nước chi nhánh tỉnh', 'Giám đốc', 'branch', 52),
  partyOrganisation('Bảo hiểm xã hội tỉnh', 'Giám đốc', 'branch', 196),
  partyOrganisation('Cục Quản lý thị trường tỉnh', 'Cục trưởng', 'branch', 94),
  // The cell of the front's own staff ("Chi bộ Cơ quan …"), as the bloc committee's is named.
  org('Chi bộ Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Chủ tịch', 'mass', 27),
  partyCell('Tỉnh đoàn', 'Bí thư', 'mass', 26),
  partyCell('Hội Liên hiệp Phụ nữ tỉnh', 'Chủ tịch', 'mass', 23),
  partyCell('Hội Nông dân tỉnh', 'Chủ tịch', 'mass', 22),
  partyCell('Hội Cựu chiến binh tỉnh', 'Chủ tịch', 'mass', 18),
  partyOrganisation('Liên đoàn Lao động tỉnh', 'Chủ tịch', 'mass', 41),
  partyCell('Liên minh Hợp tác xã tỉnh', 'Chủ tịch', 'mass', 15),
  partyCell('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Chủ tịch', 'mass', 12),
  partyCell('Hội Văn học Nghệ thuật tỉnh', 'Chủ tịch', 'mass', 11),
  partyCell('Hội Chữ thập đỏ tỉnh', 'Chủ tịch', 'mass', 13),
  partyOrganisation('Đài Phát thanh và Truyền hình tỉnh', 'Giám đốc', 'media', 138),
  partyOrganisation('Trường Đại học Y khoa', 'Hiệu trưởng', 'school', 167),
  partyOrganisation('Trường Cao đẳng Kinh tế - Kỹ thuật', 'Hiệu trưởng', 'school', 76),
  partyOrganisation('Trường Cao đẳng Văn hóa Nghệ thuật', 'Hiệu trưởng', 'school', 58),
  partyOrganisation('Trường Cao đẳng Y tế', 'Hiệu trưởng', 'school', 62),
  partyOrganisation('Bệnh viện Hữu nghị đa khoa tỉnh', 'Giám đốc', 'hospital', 338),
  partyOrganisation('Bệnh viện Sản Nhi tỉnh', 'Giám đốc', 'hospital', 216),
  partyOrganisation('Bệnh viện Ung bướu tỉnh', 'Giám đốc', 'hospital', 164),
  partyOrganisation('Bệnh viện Chấn thương Chỉnh hình tỉnh', 'Giám đốc', 'hospital', 78),
  partyOrganisation('Trung tâm Kiểm soát bệnh tật tỉnh', 'Giám đốc', 'service', 73),
  partyCell('Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh', 'Giám đốc', 'service', 24),
  partyCell('Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh', 'Giám đốc', 'service', 21),
  partyCell('Quỹ Đầu tư phát triển tỉnh', 'Giám đốc', 'service', 14),
  partyCell('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', 'Giám đốc', 'service', 12),
  partyCell('Ban Quản lý Di tích và Danh thắng tỉnh', 'Trưởng', 'service', 19),
];

/** The party committee of an organisation as positions name it: a "Đảng bộ" has a "Đảng ủy", a cell is a "Chi bộ". */
export function committeeOf(organisation: DemoOrganisation): 'Đảng ủy' | 'Chi bộ' {
  return organisation.name.startsWith('Chi bộ') ? 'Chi bộ' : 'Đảng ủy';
}

import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-admin',
  imports: [],
  templateUrl: './portal-admin.html',
  styleUrl: './portal-admin.css'
})
export class PortalAdmin {}
